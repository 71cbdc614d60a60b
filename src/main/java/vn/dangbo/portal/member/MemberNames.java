package vn.dangbo.portal.member;

/** A member's full name (họ, tên đệm, tên with single spaces) as an SQL expression, for other features' queries. */
public final class MemberNames {

    private MemberNames() {
    }

    /** The full name of the member table under the given alias, e.g. {@code sql("m")}. */
    public static String sql(String alias) {
        return "btrim(regexp_replace(%1$s.family_name || ' ' || %1$s.middle_name || ' ' || %1$s.given_name, '\\s+', ' ', 'g'))"
                .formatted(alias);
    }
}
