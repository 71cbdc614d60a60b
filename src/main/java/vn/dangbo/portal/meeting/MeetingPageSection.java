package vn.dangbo.portal.meeting;

import vn.dangbo.portal.security.Scope;

/**
 * A section of a meeting's page ({@code /meetings/{id}}) contributed by another feature, so that features
 * add to the page without editing it. The pledge feature lists here the cell's monthly self-assessments
 * of the meeting's month, so the secretary runs the review from the meeting. The page renders the
 * fragment {@code section(data)} of {@code template()} with the object returned by {@link #load}.
 */
public interface MeetingPageSection {

    /** Position on the page; lower comes first. */
    int order();

    /** The template that holds the fragment {@code section(data)}. */
    String template();

    /** The data for a meeting the user may see; {@code null} leaves the section out. */
    Object load(Meeting meeting, Scope scope);

    /** A section ready to render. */
    record Rendered(String template, Object data) {
    }
}
