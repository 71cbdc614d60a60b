package vn.dangbo.portal.organization;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.security.access.AccessDeniedException;

import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

    /** The units whose path starts with the prefix ("/" for all), in the tree's order: by short name (the agency). */
    @Query("""
            select new vn.dangbo.portal.organization.OrganizationNode(o.id, p.id, o.kind, o.name, o.shortName, o.path, o.foundedOn, o.dissolvedOn)
              from Organization o left join o.parent p
             where o.path like concat(:pathPrefix, '%')
             order by coalesce(o.shortName, o.name), o.id
            """)
    List<OrganizationNode> findNodes(String pathPrefix);

    @Query("""
            select count(o) > 0 from Organization o
             where o.parent.id = :parentId and lower(o.name) = lower(:name) and o.dissolvedOn is null and o.id <> :exceptId
            """)
    boolean existsSiblingNamed(long parentId, String name, long exceptId);

    List<Organization> findByIdInOrderByPath(Collection<Long> ids);

    /** The units the user may see: everything, or the subtree of a secretary's unit. */
    default List<OrganizationNode> findNodesIn(Scope scope) {
        return findNodes(rootPathOf(scope));
    }

    /** The live cells (chi bộ cơ sở and sub-cells) the user may see, to choose one from. */
    default List<OrganizationNode> findLiveCellsIn(Scope scope) {
        return findNodesIn(scope).stream().filter(node -> node.getKind().isCell() && !node.isDissolved()).toList();
    }

    /**
     * The path prefix of everything the user may see ("/" for the whole tree). A member's own scope
     * (also a secretary out of office) holds no unit at all.
     */
    default String rootPathOf(Scope scope) {
        return scope.isEverything() ? "/" : topOf(scope).getPath();
    }

    /** The highest unit the user may see: the bloc, or the unit a secretary administers. */
    default Organization topOf(Scope scope) {
        if (scope.isSelf()) {
            throw new AccessDeniedException("no organisation in the user's scope");
        }
        return scope.isEverything() ? findRoot() : findById(scope.organizationId()).orElseThrow(NotFound::new);
    }

    /** The root of the tree: the bloc. */
    @Query("select o from Organization o where o.parent is null")
    Organization findRoot();

    /** The unit and its ancestors, root first (read from the materialised path in one query). */
    default List<Organization> findLineage(Organization unit) {
        List<Long> ids = Arrays.stream(unit.getPath().split("/")).filter(part -> !part.isEmpty()).map(Long::valueOf).toList();
        return findByIdInOrderByPath(ids);
    }

    boolean existsByParentIdAndDissolvedOnIsNull(Long parentId);

    /** The live units directly under a unit, by name. */
    List<Organization> findByParentIdAndDissolvedOnIsNullOrderByNameAscIdAsc(long parentId);

    /** The units formed, or dissolved, by a reorganisation. */
    List<Organization> findByFormedByIdOrderByNameAscIdAsc(long reorganizationId);

    List<Organization> findByDissolvedByIdOrderByNameAscIdAsc(long reorganizationId);
}
