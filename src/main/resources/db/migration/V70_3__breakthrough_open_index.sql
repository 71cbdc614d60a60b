-- The dashboard's overdue breakthrough tasks per grassroots unit: the open tasks past their deadline, without
-- reading every task of every year (29,000 of 146,000 at a million members: 1,600 pages instead of 8,300).
CREATE INDEX breakthrough_task_open_idx ON breakthrough_task (deadline, organization_id)
    WHERE state IN ('REGISTERED', 'APPROVED', 'IN_PROGRESS');
