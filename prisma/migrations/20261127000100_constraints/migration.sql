-- Database-level guards against impossible data. The zod schemas in lib/records/schema.ts
-- give the friendly messages, these make sure nothing slips past them (imports, SQL, bugs).

-- Workflow columns: a version starts at 1.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Honour','CompetitionAward','HostedCompetition','Course','Textbook',
    'CertificatePilot','Major','EmploymentStat','FundingItem','ResearchProject',
    'TeachingAchievementAward','LubanWorkshop','LubanActivity','SocialTraining','Case','Figure','Indicator']
  LOOP
    EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (version >= 1)', t, t || '_version_positive');
  END LOOP;
END $$;

ALTER TABLE "CompetitionAward" ADD CONSTRAINT "CompetitionAward_prizes_valid" CHECK (
  jsonb_typeof(prizes) = 'array'
  AND jsonb_array_length(prizes) > 0
  AND NOT jsonb_path_exists(prizes, '$[*] ? (@.count < 0)')
);

ALTER TABLE "HostedCompetition" ADD CONSTRAINT "HostedCompetition_counts_nonnegative"
  CHECK (coalesce(contestants, 0) >= 0 AND coalesce(institutions, 0) >= 0 AND coalesce(countries, 0) >= 0);

ALTER TABLE "Textbook" ADD CONSTRAINT "Textbook_quantity_positive" CHECK (quantity >= 1);

ALTER TABLE "CertificatePilot" ADD CONSTRAINT "CertificatePilot_counts_nonnegative"
  CHECK (planned >= 0 AND trained >= 0 AND examined >= 0 AND passed >= 0);
ALTER TABLE "CertificatePilot" ADD CONSTRAINT "CertificatePilot_passed_le_examined" CHECK (passed <= examined);

ALTER TABLE "Major" ADD CONSTRAINT "Major_code_format" CHECK (code ~ '^[0-9]{6}K?$');
ALTER TABLE "Major" ADD CONSTRAINT "Major_change_year_sane" CHECK ("changeYear" IS NULL OR "changeYear" BETWEEN 1990 AND 2100);

ALTER TABLE "EmploymentStat" ADD CONSTRAINT "EmploymentStat_counts_nonnegative" CHECK (graduates >= 0 AND placed >= 0);
ALTER TABLE "EmploymentStat" ADD CONSTRAINT "EmploymentStat_placed_le_graduates" CHECK (placed <= graduates);
ALTER TABLE "EmploymentStat" ADD CONSTRAINT "EmploymentStat_rates_are_percentages" CHECK (
  (satisfaction IS NULL OR satisfaction BETWEEN 0 AND 100)
  AND (relatedness IS NULL OR relatedness BETWEEN 0 AND 100)
  AND ("monthlySalary" IS NULL OR "monthlySalary" >= 0)
);

ALTER TABLE "FundingItem" ADD CONSTRAINT "FundingItem_amount_nonnegative" CHECK (amount >= 0);

ALTER TABLE "LubanWorkshop" ADD CONSTRAINT "LubanWorkshop_counts_nonnegative"
  CHECK (enrolled >= 0 AND trained >= 0 AND teachers >= 0 AND "teachersTrained" >= 0);
ALTER TABLE "LubanActivity" ADD CONSTRAINT "LubanActivity_participants_nonnegative"
  CHECK (participants IS NULL OR participants >= 0);

ALTER TABLE "SocialTraining" ADD CONSTRAINT "SocialTraining_counts_nonnegative" CHECK (hours >= 0 AND "personTimes" >= 0);

ALTER TABLE "OutlineSection" ADD CONSTRAINT "OutlineSection_level_valid" CHECK (level IN (1, 2));

-- The audit trail is append-only: the database itself refuses to change or remove a row.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditLog_no_update_delete" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
