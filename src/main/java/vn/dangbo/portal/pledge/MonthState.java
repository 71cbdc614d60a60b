package vn.dangbo.portal.pledge;

/**
 * One month of a member's year: its status, whether the first submission was late, the entry (if the
 * viewer may see it), whether the month counts as required (it has ended and was expected of the member),
 * the numbers of areas done / partly / not done, and the secretary's comment.
 */
public record MonthState(int month, MonthStatus status, boolean late, Long entryId, boolean required,
                         int done, int partly, int notDone, String comment) {

    public int quarter() {
        return (month - 1) / 3 + 1;
    }

    public boolean hasComment() {
        return comment != null && !comment.isBlank();
    }
}
