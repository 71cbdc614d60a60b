package vn.dangbo.portal.organization;

import vn.dangbo.portal.security.Scope;

/**
 * A section of a unit's page ({@code /organizations/{id}}) contributed by another feature (committee,
 * meetings …), so that features add to the page without editing it. The page renders the
 * fragment {@code section(data)} of the template {@code template()}, with the object returned by {@link #load}.
 */
public interface OrganizationPageSection {

    /** Position on the page; lower comes first. */
    int order();

    /** The template that holds the fragment {@code section(data)}, e.g. {@code "committee/organization"}. */
    String template();

    /** The data for a unit the user may see; {@code null} leaves the section out. */
    Object load(Organization unit, Scope scope);

    /** A section ready to render. */
    record Rendered(String template, Object data) {
    }
}
