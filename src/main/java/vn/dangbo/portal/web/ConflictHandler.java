package vn.dangbo.portal.web;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Forms check versions and duplicates first and show the message next to the field. What slips
 * through in a race (two saves in the same instant) is stopped by the database and lands here: a clear
 * page, nothing half-written (the transaction rolled back).
 */
@ControllerAdvice
class ConflictHandler {

    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict() {
        return "error/409";
    }
}
