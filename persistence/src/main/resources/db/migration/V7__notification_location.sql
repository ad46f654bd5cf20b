-- Notices about a location's cases go to the managers of that location (managers without locations get all).
ALTER TABLE notification ADD COLUMN location_id BIGINT;
