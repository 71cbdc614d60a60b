package vn.dangbo.portal.residence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The residence cell of a member. */
public class ContactForm {

    @NotBlank
    @Size(max = 200)
    private String commune;
    @NotBlank
    @Size(max = 200)
    private String cellName;
    @Size(max = 500)
    private String note;
    private Long version;

    /** The form for a recorded residence cell, or an empty one. */
    static ContactForm of(ResidenceFeedbacks.Contact contact) {
        ContactForm form = new ContactForm();
        if (contact != null) {
            form.commune = contact.commune();
            form.cellName = contact.cellName();
            form.note = contact.note();
            form.version = contact.version();
        }
        return form;
    }

    public String getCommune() { return commune; }
    public void setCommune(String commune) { this.commune = commune == null ? null : commune.strip(); }
    public String getCellName() { return cellName; }
    public void setCellName(String cellName) { this.cellName = cellName == null ? null : cellName.strip(); }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note == null || note.isBlank() ? null : note.strip(); }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
