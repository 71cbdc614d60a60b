package vn.dangbo.portal.rating;

/** Who is rated: a member (đảng viên) or an organisation (tổ chức đảng). */
enum RatingSubject {
    MEMBER("members"),
    ORGANIZATION("organizations");

    private final String path;

    RatingSubject(String path) {
        this.path = path;
    }

    /** The URL segment: {@code /ratings/2026/members/…}. */
    String path() {
        return path;
    }

    static RatingSubject ofPath(String path) {
        for (RatingSubject subject : values()) {
            if (subject.path.equals(path)) {
                return subject;
            }
        }
        throw new vn.dangbo.portal.web.NotFound();
    }
}
