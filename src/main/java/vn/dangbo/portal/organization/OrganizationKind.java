package vn.dangbo.portal.organization;

import java.util.List;
import java.util.Optional;

/** The kinds of Party organisation in the bloc's tree. */
public enum OrganizationKind {
    /** Đảng bộ Khối — the bloc itself, the root of the tree. */
    BLOC,
    /** Đảng bộ cơ sở — a grassroots organisation with its own committee and sub-cells. */
    GRASSROOTS_COMMITTEE,
    /** Chi bộ cơ sở — a grassroots organisation that is a single cell directly under the bloc. */
    GRASSROOTS_CELL,
    /** Chi bộ trực thuộc — a sub-cell of a đảng bộ cơ sở. */
    SUB_CELL;

    /** Members belong to cells: a chi bộ cơ sở or a sub-cell. */
    public boolean isCell() {
        return this == GRASSROOTS_CELL || this == SUB_CELL;
    }

    public boolean isGrassroots() {
        return this == GRASSROOTS_COMMITTEE || this == GRASSROOTS_CELL;
    }

    /** The kinds a new unit may have under a unit of this kind. */
    public List<OrganizationKind> childKinds() {
        return switch (this) {
            case BLOC -> List.of(GRASSROOTS_COMMITTEE, GRASSROOTS_CELL);
            case GRASSROOTS_COMMITTEE -> List.of(SUB_CELL);
            case GRASSROOTS_CELL, SUB_CELL -> List.of();
        };
    }

    /**
     * The kind a unit of this kind takes when moved under a parent of the given kind, if it may go there:
     * a chi bộ cơ sở moved under a đảng bộ cơ sở becomes one of its sub-cells, and a sub-cell moved
     * under the bloc becomes a chi bộ cơ sở.
     */
    public Optional<OrganizationKind> movedUnder(OrganizationKind parent) {
        return switch (parent) {
            case BLOC -> this == GRASSROOTS_COMMITTEE ? Optional.of(this) : isCell() ? Optional.of(GRASSROOTS_CELL) : Optional.empty();
            case GRASSROOTS_COMMITTEE -> isCell() ? Optional.of(SUB_CELL) : Optional.empty();
            case GRASSROOTS_CELL, SUB_CELL -> Optional.empty();
        };
    }
}
