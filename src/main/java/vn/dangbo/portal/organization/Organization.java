package vn.dangbo.portal.organization;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A Party organisation (tổ chức đảng): the bloc, a grassroots organisation or a sub-cell. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organization parent;

    @Enumerated(EnumType.STRING)
    private OrganizationKind kind;

    private String name;

    private String shortName;

    private String agency;

    /**
     * Bí thư today: a copy kept by the committee feature from its records (the source of the secretary
     * relation); not edited here.
     */
    private Long secretaryMemberId;

    private LocalDate foundedOn;

    private LocalDate dissolvedOn;

    /** Materialised path of ids ("/1/7/23/"), maintained by a database trigger. */
    @Column(insertable = false, updatable = false)
    private String path;

    @Version
    private long version;

    protected Organization() {
    }

    Organization(Organization parent, OrganizationKind kind, String name) {
        this.parent = parent;
        this.kind = kind;
        this.name = name;
    }

    public Long getId() { return id; }
    public Organization getParent() { return parent; }
    public OrganizationKind getKind() { return kind; }
    public String getName() { return name; }
    public String getShortName() { return shortName; }
    public String getAgency() { return agency; }
    public Long getSecretaryMemberId() { return secretaryMemberId; }
    public LocalDate getFoundedOn() { return foundedOn; }
    public LocalDate getDissolvedOn() { return dissolvedOn; }
    public String getPath() { return path; }
    public long getVersion() { return version; }

    public boolean isDissolved() {
        return dissolvedOn != null;
    }

    /** The short name where there is one, for tables and breadcrumbs. */
    public String getLabel() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }

    void describe(String name, String shortName, String agency, LocalDate foundedOn) {
        this.name = name;
        this.shortName = shortName;
        this.agency = agency;
        this.foundedOn = foundedOn;
    }

    void moveUnder(Organization newParent, OrganizationKind newKind) {
        this.parent = newParent;
        this.kind = newKind;
    }

    void dissolve(LocalDate on) {
        this.dissolvedOn = on;
    }
}
