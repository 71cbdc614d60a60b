package vn.dangbo.portal.congress;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * Defining targets (for those who may change the congress while it is not closed, {@link CongressRecords#open})
 * and entering yearly actuals (also after the congress closed, while its term runs, {@link CongressRecords#followUp}). A computed target follows a known indicator; a term total needs
 * an indicator whose years add up; actuals are entered only for targets that are not computed, for a year
 * of the term that has begun.
 */
@Service
class TargetChanges {

    private final CongressRecords records;
    private final TargetRepository targets;
    private final TargetTracking tracking;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    TargetChanges(CongressRecords records, TargetRepository targets, TargetTracking tracking, JdbcClient jdbc, AuditLog auditLog,
                  Clock clock) {
        this.records = records;
        this.targets = targets;
        this.tracking = tracking;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public Long save(long congressId, Long targetId, TargetForm form, Errors errors, Scope scope) {
        records.open(congressId, scope);
        Target target = targetId == null ? new Target(congressId) : targets.findById(targetId)
                .filter(found -> found.getCongressId() == congressId).orElseThrow(NotFound::new);
        if (targetId != null && !Objects.equals(form.getVersion(), target.getVersion())) {
            errors.reject("concurrentEdit");
            return null;
        }
        String code = form.getIndicatorCode() == null || form.getIndicatorCode().isBlank() ? null : form.getIndicatorCode();
        TargetIndicator indicator = code == null ? null : tracking.indicators().get(code);
        if (code != null && indicator == null && !code.equals(target.getIndicatorCode())) {
            errors.rejectValue("indicatorCode", "congress.target.unknownIndicator");
        }
        if (indicator != null && form.getMeasure() == TargetMeasure.TERM_TOTAL && !indicator.cumulative()) {
            errors.rejectValue("measure", "congress.target.notCumulative");
        }
        if (form.getPosition() != null && targets.existsByCongressIdAndPositionAndIdNot(congressId, form.getPosition(),
                targetId == null ? -1L : targetId)) {
            errors.rejectValue("position", "congress.target.positionTaken");
        }
        if (errors.hasErrors()) {
            return null;
        }
        target.update(form);
        targets.saveAndFlush(target);
        return target.getId();
    }

    @Transactional
    public void enterActual(long congressId, ActualForm form, Errors errors, Scope scope, PortalUser user) {
        Congress congress = records.followUp(congressId, scope).congress();
        Target target = targets.findById(form.getTargetId()).filter(found -> found.getCongressId() == congressId)
                .orElseThrow(NotFound::new);
        if (target.isComputed()) {
            errors.reject("congress.target.computedNotEntered");
            return;
        }
        int thisYear = LocalDate.now(clock).getYear();
        if (form.getYear() < congress.getTermStartYear() || form.getYear() >= congress.getTermEndYear() || form.getYear() > thisYear) {
            errors.rejectValue("year", "congress.target.yearOutsideTerm");
            return;
        }
        jdbc.sql("""
                        INSERT INTO congress_target_actual (target_id, year, value, evidence, entered_by, entered_at)
                        VALUES (:t, :y, :v, :e, :by, :at)
                        ON CONFLICT (target_id, year) DO UPDATE SET value = EXCLUDED.value, evidence = EXCLUDED.evidence,
                               entered_by = EXCLUDED.entered_by, entered_at = EXCLUDED.entered_at
                        """)
                .param("t", target.getId()).param("y", form.getYear()).param("v", form.getValue()).param("e", form.getEvidence().strip())
                .param("by", user.getDisplayName()).param("at", Timestamp.from(clock.instant()))
                .update();
        auditLog.record(AuditAction.UPDATE, "CongressTarget", target.getId(),
                "Actual %d = %s (%s)".formatted(form.getYear(), form.getValue().toPlainString(), form.getEvidence().strip()));
    }
}
