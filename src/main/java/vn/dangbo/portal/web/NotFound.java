package vn.dangbo.portal.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A record asked for by id does not exist: the friendly 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

    public NotFound() {
        super("not found");
    }
}
