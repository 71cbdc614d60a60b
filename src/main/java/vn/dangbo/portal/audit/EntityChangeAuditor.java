package vn.dangbo.portal.audit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitUtil;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.web.VietnameseDateFormatter;

/**
 * Every create, update and delete of an entity through JPA goes to the audit log with the changed
 * fields before and after, so no feature can forget it. Bulk loaders that bypass JPA (demo data, the
 * scale generator) write one summary event of their own instead.
 */
@Component
class EntityChangeAuditor implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    /** Fields whose values never go to the log; the log only says that they changed. */
    private static final Set<String> SECRET_FIELDS = Set.of("passwordHash");
    private static final String HIDDEN = "***";

    private final AuditLog auditLog;
    private final PersistenceUnitUtil units;

    EntityChangeAuditor(EntityManagerFactory entityManagerFactory, AuditLog auditLog) {
        this.auditLog = auditLog;
        this.units = entityManagerFactory.getPersistenceUnitUtil();
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        EntityPersister persister = event.getPersister();
        Map<String, Map<String, String>> changes = new LinkedHashMap<>();
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (isVersion(persister, i)) {
                continue;
            }
            String after = render(names[i], persister.getPropertyTypes()[i], event.getState()[i]);
            if (after != null) {
                changes.put(names[i], change(null, after));
            }
        }
        auditLog.record(AuditAction.CREATE, entityName(persister), event.getId(), null, changes);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        EntityPersister persister = event.getPersister();
        int[] dirty = event.getDirtyProperties();
        if (dirty == null || dirty.length == 0 || event.getOldState() == null) {
            return;
        }
        Map<String, Map<String, String>> changes = new LinkedHashMap<>();
        for (int i : dirty) {
            String name = persister.getPropertyNames()[i];
            Type type = persister.getPropertyTypes()[i];
            if (type.isCollectionType() || isVersion(persister, i)) {
                continue;
            }
            changes.put(name, change(render(name, type, event.getOldState()[i]), render(name, type, event.getState()[i])));
        }
        if (!changes.isEmpty()) {
            auditLog.record(AuditAction.UPDATE, entityName(persister), event.getId(), null, changes);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        EntityPersister persister = event.getPersister();
        Map<String, Map<String, String>> changes = new LinkedHashMap<>();
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            String before = render(names[i], persister.getPropertyTypes()[i], event.getDeletedState()[i]);
            if (before != null) {
                changes.put(names[i], change(before, null));
            }
        }
        auditLog.record(AuditAction.DELETE, entityName(persister), event.getId(), null, changes);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static boolean isVersion(EntityPersister persister, int property) {
        return persister.isVersioned() && persister.getVersionPropertyIndex() == property;
    }

    private static Map<String, String> change(String before, String after) {
        Map<String, String> change = new LinkedHashMap<>();
        change.put("before", before);
        change.put("after", after);
        return change;
    }

    private String render(String name, Type type, Object value) {
        if (value == null || type.isCollectionType()) {
            return null;
        }
        if (SECRET_FIELDS.contains(name)) {
            return HIDDEN;
        }
        if (type.isEntityType()) {
            return String.valueOf(units.getIdentifier(value));
        }
        if (value instanceof LocalDate date) {
            return VietnameseDateFormatter.format(date);
        }
        return String.valueOf(value);
    }

    private static String entityName(EntityPersister persister) {
        String name = persister.getEntityName();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
