package vn.dangbo.portal.rating;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** The proposal or decision table as posted: one entry per row, each with the version it was read at. */
public class RatingTableForm {

    @Valid
    private List<Entry> rows = new ArrayList<>();

    public List<Entry> getRows() { return rows; }
    public void setRows(List<Entry> rows) { this.rows = rows; }

    public static class Entry {
        private Long id;
        private long version;
        private RatingLevel level;
        @Size(max = 1000)
        private String note;
        private boolean remedied;

        public Entry() {
        }

        Entry(Long id, long version, RatingLevel level, String note, boolean remedied) {
            this.id = id;
            this.version = version;
            this.level = level;
            this.note = note;
            this.remedied = remedied;
        }

        public Long getId() { return id; }
        public void setId(Long id) { this.id = id; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
        public RatingLevel getLevel() { return level; }
        public void setLevel(RatingLevel level) { this.level = level; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
        public boolean isRemedied() { return remedied; }
        public void setRemedied(boolean remedied) { this.remedied = remedied; }
    }
}
