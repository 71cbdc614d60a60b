package vn.dangbo.portal.pledge;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One area of a monthly self-assessment: the result and a short note of what was done. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AreaResult(Fulfilment result, String note) {
}
