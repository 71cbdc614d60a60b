-- Accent- and case-insensitive search ("nguyen thi huong" finds "Nguyễn Thị Hương", d finds đ).
-- unaccent() is only STABLE, so it is wrapped in an IMMUTABLE function that names its dictionary
-- explicitly; that makes it usable in generated columns and indexes.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA portal;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA portal;

DO $$
DECLARE
    ext_schema text;
BEGIN
    SELECT n.nspname INTO ext_schema
      FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'unaccent';
    EXECUTE format(
        'CREATE FUNCTION portal.search_text(input text) RETURNS text
           LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
           AS $f$ SELECT btrim(regexp_replace(lower(%I.unaccent(%L::regdictionary, input)), ''\s+'', '' '', ''g'')) $f$',
        ext_schema, ext_schema || '.unaccent');
END $$;
