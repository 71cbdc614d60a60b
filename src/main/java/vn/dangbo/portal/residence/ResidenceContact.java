package vn.dangbo.portal.residence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Where a member keeps contact with the Party cell of their residence area (sinh hoạt nơi cư trú): the
 * commune or ward and the cell's name, as free text (those cells are outside the bloc).
 */
@Entity
@Table(name = "residence_contact")
class ResidenceContact {

    @Id
    private Long memberId;

    private String commune;

    private String cellName;

    private String note;

    @Version
    private long version;

    protected ResidenceContact() {
    }

    ResidenceContact(long memberId) {
        this.memberId = memberId;
    }

    Long getMemberId() { return memberId; }
    String getCommune() { return commune; }
    String getCellName() { return cellName; }
    String getNote() { return note; }
    long getVersion() { return version; }

    void update(ContactForm form) {
        commune = form.getCommune();
        cellName = form.getCellName();
        note = form.getNote();
    }
}
