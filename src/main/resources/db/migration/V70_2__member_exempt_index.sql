-- The exempt members of a unit, listed under the review matrix: without it the planner intersects the bloc-wide
-- status index with each cell's members (56 ms for a unit of 850 members, 4 ms with it).
CREATE INDEX member_exempt_idx ON member (organization_id) WHERE status = 'EXEMPT';
