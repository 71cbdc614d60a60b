package vn.dangbo.portal.member;

import vn.dangbo.portal.security.Scope;

/**
 * A section of the member profile ({@code /members/{id}}) contributed by another feature (history,
 * ratings, training …), so that features add to the profile without editing it. The page renders the
 * fragment {@code section(data)} of the template {@code template()}, with the object returned by {@link #load}.
 */
public interface MemberProfileSection {

    /** Position on the page; lower comes first. */
    int order();

    /** The template that holds the fragment {@code section(data)}, e.g. {@code "rating/profile"}. */
    String template();

    /**
     * The data the fragment shows, for a member the user has already been allowed to see; {@code null}
     * leaves the section out (e.g. nothing to show, or the user's role may not see it).
     */
    Object load(Member member, Scope scope);

    /** A section ready to render. */
    record Rendered(String template, Object data) {
    }
}
