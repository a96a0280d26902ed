/**
 * Prints a password hash line for the staff accounts file. The password is read from standard input, so it
 * stays out of the shell history and the process list.
 *
 * @example
 * printf '%s' 'a long passphrase' | npx tsx scripts/staff-account.ts
 * #   scrypt$16384$8$1$…$…
 * printf '%s' 'a long passphrase' | npx tsx scripts/staff-account.ts anna nrw-global-business "Anna Schmidt" de
 * #   {"id":"anna","officeId":"nrw-global-business","name":"Anna Schmidt","language":"de","passwordHash":"scrypt$…"}
 */
import { hashPassword } from '../src/escalation/staff/passwordHash';

const MIN_PASSWORD_LENGTH = 12;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || (args.length !== 0 && args.length !== 4)) {
    process.stderr.write('usage: printf %s PASSWORD | tsx scripts/staff-account.ts [ID OFFICE_ID NAME LANGUAGE]\n');
    process.exit(args.includes('--help') ? 0 : 2);
  }
  if (process.stdin.isTTY) process.stderr.write('password (then Ctrl-D): ');
  const password = await readStdin();
  if (password.length < MIN_PASSWORD_LENGTH) {
    process.stderr.write(`staff-account: the password must have at least ${MIN_PASSWORD_LENGTH} characters\n`);
    process.exit(2);
  }
  const passwordHash = await hashPassword(password);
  if (args.length === 0) {
    process.stdout.write(`${passwordHash}\n`);
    return;
  }
  const [id, officeId, name, language] = args as [string, string, string, string];
  process.stdout.write(`${JSON.stringify({ id, officeId, name, language, passwordHash })}\n`);
}

main().catch((error) => {
  process.stderr.write(`staff-account: ${(error as Error).message}\n`);
  process.exit(1);
});
