import pg from "pg";

/**
 * The database role the app runs as, separate from the owner that runs migrations (docs/security.md).
 * The app may read and write the data tables, but only INSERT and SELECT on the audit log; it owns
 * nothing, so it cannot ALTER a table, disable the audit log's trigger, or TRUNCATE. Run after every
 * migration, as the owner: new tables get their grants the same way.
 *
 * The role and its password are the user and password of the app's DATABASE_URL.
 */
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function grantAppRole(options: { ownerUrl: string; appUrl: string }): Promise<{ role: string }> {
  const app = new URL(options.appUrl);
  const role = decodeURIComponent(app.username);
  const password = decodeURIComponent(app.password);
  const owner = decodeURIComponent(new URL(options.ownerUrl).username);
  if (!ROLE_NAME.test(role)) throw new Error(`the app's database user "${role}" must be lower-case letters, digits and _`);
  if (role === owner) throw new Error("DATABASE_URL must name a different user than the migration (owner) URL");
  const client = new pg.Client({ connectionString: options.ownerUrl });
  await client.connect();
  try {
    const r = client.escapeIdentifier(role);
    const exists = (await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role])).rowCount === 1;
    const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS${password ? ` PASSWORD ${client.escapeLiteral(password)}` : ""}`;
    await client.query(exists ? `ALTER ROLE ${r} WITH ${attributes}` : `CREATE ROLE ${r} WITH ${attributes}`);
    const database = client.escapeIdentifier((await client.query<{ db: string }>("SELECT current_database() AS db")).rows[0]!.db); // always one row
    for (const sql of [
      `GRANT CONNECT ON DATABASE ${database} TO ${r}`,
      `REVOKE CREATE ON SCHEMA public FROM ${r}`,
      `GRANT USAGE ON SCHEMA public TO ${r}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
      // The audit log is append-only for the app: its rows are the record of what the app did.
      `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "AuditLog" FROM ${r}`,
      `REVOKE ALL ON "_prisma_migrations" FROM ${r}`,
    ])
      await client.query(sql);
    return { role };
  } finally {
    await client.end();
  }
}

/** True when the connection's role is a superuser or owns the audit log (then the log can be switched off). */
export async function connectedAsOwner(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ risky: boolean }>(
      `SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
          OR COALESCE((SELECT pg_has_role(current_user, tableowner, 'MEMBER') FROM pg_tables WHERE tablename = 'AuditLog' LIMIT 1), false) AS risky`,
    );
    return rows[0]?.risky ?? false;
  } finally {
    await client.end();
  }
}
