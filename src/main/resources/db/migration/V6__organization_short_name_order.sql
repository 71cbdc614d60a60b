-- Units are listed by their short name (the agency), in Vietnamese order.
ALTER TABLE organization ALTER COLUMN short_name TYPE text COLLATE "vi-VN-x-icu";
