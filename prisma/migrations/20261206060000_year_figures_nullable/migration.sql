-- 沿用上年 leaves a carried record's own figures of the year empty (issue 20): a workshop's counts
-- and a major's change this year are NULL until the department enters them, never a default 0 or
-- 保留 nobody chose. Existing values are kept as they are.
ALTER TABLE "LubanWorkshop"
    ALTER COLUMN "enrolled" DROP NOT NULL,
    ALTER COLUMN "enrolled" DROP DEFAULT,
    ALTER COLUMN "trained" DROP NOT NULL,
    ALTER COLUMN "trained" DROP DEFAULT,
    ALTER COLUMN "teachers" DROP NOT NULL,
    ALTER COLUMN "teachers" DROP DEFAULT,
    ALTER COLUMN "teachersTrained" DROP NOT NULL,
    ALTER COLUMN "teachersTrained" DROP DEFAULT;

-- A new major entered without a change is still 保留 (the column default); a carried one starts empty.
ALTER TABLE "Major" ALTER COLUMN "change" DROP NOT NULL;
