package vn.dangbo.portal.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links that keep the current filters and change the page or the sort column, used from the
 * pagination and sortable-header fragments as {@code @links}.
 */
@Component("links")
public class PageLinks {

    public String page(int page) {
        return with("page", page);
    }

    /** The current page with one query parameter set (e.g. the language switch). */
    public String with(String name, Object value) {
        return current().replaceQueryParam(name, value).build(true).toUriString();
    }

    /** A sort link: the same column again flips the direction, and the list goes back to the first page. */
    public String sort(String column, String currentSort, String currentDir) {
        String dir = column.equals(currentSort) && "asc".equals(currentDir) ? "desc" : "asc";
        return current().replaceQueryParam("sort", column).replaceQueryParam("dir", dir)
                .replaceQueryParam("page").build(true).toUriString();
    }

    private static UriComponentsBuilder current() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    }
}
