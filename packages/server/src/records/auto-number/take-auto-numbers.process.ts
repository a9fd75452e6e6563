import { openDatabase } from '../../db/database.ts';
import { nextAutoNumber } from './next-auto-number.ts';

/**
 * A separate process for the concurrency test: opens the database named in `LODESTAR_TEST_AUTO_NUMBERS`,
 * says `ready`, and on `go` takes `count` numbers in concurrent transactions, sends them back and exits.
 * Each transaction stays open a moment after taking its number, as a record insert would, so that the
 * processes really contend for the lock.
 */
interface Instructions {
  location: { sqliteFile?: string; url?: string; pgSchema?: string };
  count: number;
  props: { scope: string; pattern: string; now: string };
}

const instructions = JSON.parse(process.env.LODESTAR_TEST_AUTO_NUMBERS ?? '{}') as Instructions;
const database = openDatabase(instructions.location);
const props = { ...instructions.props, now: new Date(instructions.props.now) };

process.once('message', async () => {
  try {
    const numbers = await Promise.all(
      Array.from({ length: instructions.count }, () =>
        database.db.transaction().execute(async (trx) => {
          const number = await nextAutoNumber(trx, database.caps, props);
          await new Promise((resolve) => setTimeout(resolve, 2));
          return number;
        }),
      ),
    );
    process.send?.({ type: 'numbers', numbers });
  } catch (error) {
    process.send?.({ type: 'failed', error: String(error) });
  } finally {
    await database.close();
    process.disconnect();
  }
});
process.send?.({ type: 'ready' });
