-- 服务贡献表 measures the national report ranks colleges on (issue 24, item 1):
-- 技术服务到款额 on a research project, 非学历培训到账经费 on a social-training programme (both 万元).
ALTER TABLE "ResearchProject" ADD COLUMN "serviceIncome" DECIMAL(12,4);
ALTER TABLE "SocialTraining" ADD COLUMN "income" DECIMAL(12,4);
