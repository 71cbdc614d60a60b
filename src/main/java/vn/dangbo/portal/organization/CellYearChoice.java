package vn.dangbo.portal.organization;

import java.time.LocalDate;
import java.util.List;

import org.springframework.ui.Model;

import vn.dangbo.portal.security.Scope;

/**
 * What a page of cell records (meetings, residence feedback) shows: the live cells the user may see, the
 * cell asked for (or the only one there is) and the year (this year unless asked), as the fragment
 * {@code fragments/cell-year :: chooser} expects them.
 */
public record CellYearChoice(List<OrganizationNode> cells, Long cellId, int year) {

    public static CellYearChoice of(Long cell, Integer year, Scope scope, OrganizationRepository organizations, LocalDate today) {
        List<OrganizationNode> cells = organizations.findLiveCellsIn(scope);
        return new CellYearChoice(cells, cell != null ? cell : cells.size() == 1 ? cells.get(0).getId() : null,
                year == null ? today.getYear() : year);
    }

    /** Adds {@code cells} and {@code year}; the page adds the chosen {@code unit} once it has checked it. */
    public void addTo(Model model) {
        model.addAttribute("cells", cells);
        model.addAttribute("year", year);
    }
}
