package vn.dangbo.portal.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the tree of a scope from a flat list of nodes (two queries in all, whatever the size). */
final class OrganizationTree {

    private OrganizationTree() {
    }

    /**
     * Links each node to its parent and rolls member counts up. The roots are the nodes whose parent is
     * not in the list (the bloc, or the top of a secretary's subtree).
     */
    static List<OrganizationNode> build(List<OrganizationNode> nodes, Map<Long, Long> directMemberCounts) {
        Map<Long, OrganizationNode> byId = new LinkedHashMap<>();
        nodes.forEach(node -> byId.put(node.getId(), node));
        List<OrganizationNode> roots = new ArrayList<>();
        for (OrganizationNode node : nodes) {
            node.setDirectMembers(directMemberCounts.getOrDefault(node.getId(), 0L));
            OrganizationNode parent = node.getParentId() == null ? null : byId.get(node.getParentId());
            if (parent == null) {
                roots.add(node);
            } else {
                parent.getChildren().add(node);
            }
        }
        roots.forEach(OrganizationNode::rollUp);
        return roots;
    }
}
