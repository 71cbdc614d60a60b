package vn.dangbo.portal.organization;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * The header of an official document (domain.md "Conventions"): top left the superior body, the issuing
 * body, a star and the number ("Số 12-BC/ĐUK"); top right "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and date
 * written out ("Vinh, ngày 23 tháng 7 năm 2020"). Read from {@link BlocSettings}, so successor committees
 * print their own names. Rendered by {@code templates/fragments/official.html}.
 */
@Component
public class OfficialHeaders {

    private final BlocSettingsRepository settings;

    OfficialHeaders(BlocSettingsRepository settings) {
        this.settings = settings;
    }

    /**
     * @param kindCode the document kind, e.g. "BC" (báo cáo), "DS" (danh sách), "QĐ" (quyết định)
     * @param number   the registered number, or null for a draft (printed as blanks to fill in)
     */
    public OfficialHeader header(String kindCode, Integer number, LocalDate date) {
        BlocSettings current = settings.current();
        String numberText = "Số " + (number == null ? "     " : number) + "-" + kindCode + "/" + current.getDocumentSuffix();
        String placeAndDate = "%s, ngày %d tháng %d năm %d".formatted(current.getPlaceName(), date.getDayOfMonth(),
                date.getMonthValue(), date.getYear());
        return new OfficialHeader(current.getSuperiorBody(), current.getIssuingBody(), numberText, placeAndDate);
    }

    /** What the header fragment prints. */
    public record OfficialHeader(String superiorBody, String issuingBody, String number, String placeAndDate) {
    }
}
