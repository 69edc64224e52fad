// `npm run user:create -- --role ADMIN --username NAME [--name 显示名] [--department CODE]`
// Creates a user, e.g. the first administrator. The password comes from NIANBAO_PASSWORD or is
// asked for on the terminal (never passed on the command line, where shell history keeps it).
import readline from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { env } from "../lib/env";
import { resolveDatabase } from "../lib/runtime/database";
import { migrateDeploy } from "../lib/runtime/migrate";

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    // Only the prompt reaches the terminal; what is typed is not echoed (readline echoes through `output`).
    const output = new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        if (String(chunk).includes(question)) process.stdout.write(chunk);
        done();
      },
    });
    const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function main() {
  const { values } = parseArgs({
    options: { role: { type: "string" }, username: { type: "string" }, name: { type: "string" }, department: { type: "string" } },
  });
  if (!values.role || !values.username) {
    console.error(
      "用法（usage）: npm run user:create -- --role ADMIN|REVIEWER|STAFF|DEPT_HEAD|LEADER --username NAME [--name 显示名] [--department 部门代码]",
    );
    process.exit(2);
  }
  const password = env().NIANBAO_PASSWORD ?? (process.stdin.isTTY ? await askHidden("密码（password）: ") : "");
  const database = await resolveDatabase();
  try {
    await migrateDeploy(database.url, { quiet: true });
    const { db } = await import("../lib/server/db");
    const { createUser } = await import("../lib/users/service");
    const department = values.department
      ? await db().department.findFirst({ where: { OR: [{ code: values.department }, { name: values.department }] } })
      : null;
    if (values.department && !department) throw new Error(`部门不存在（unknown department）: ${values.department}`);
    const user = await createUser({
      actor: null,
      bootstrap: true,
      input: {
        username: values.username,
        displayName: values.name ?? values.username,
        password,
        role: values.role,
        departmentId: department?.id,
      },
    });
    console.log(`已创建用户（created）: ${user.username} (${user.role})`);
    await db().$disconnect();
  } finally {
    await database.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
