import type { Transaction } from 'kysely';
import type { DialectName } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { addColumnHandler } from './handlers/add-column.handler.ts';
import { changeColumnTypeHandler } from './handlers/change-column-type.handler.ts';
import { addComputedFieldHandler, dropComputedFieldHandler } from './handlers/computed-field.handler.ts';
import { createObjectTableHandler } from './handlers/create-object-table.handler.ts';
import { createUniqueIndexHandler } from './handlers/create-unique-index.handler.ts';
import { dropColumnHandler } from './handlers/drop-column.handler.ts';
import { dropObjectTableHandler } from './handlers/drop-object-table.handler.ts';
import { dropUniqueIndexHandler } from './handlers/drop-unique-index.handler.ts';
import { updateFieldMetadataHandler } from './handlers/update-field-metadata.handler.ts';
import { updateObjectMetadataHandler } from './handlers/update-object-metadata.handler.ts';
import type { SchemaAction } from './schema-action.ts';

/**
 * Runs each action's handler in order on one transaction. DDL is transactional on both dialects for these
 * actions (PostgreSQL always; SQLite for CREATE/DROP TABLE/INDEX and ADD/DROP COLUMN), so a failure in any
 * step rolls back the metadata rows and the DDL together.
 */
export async function applySchemaActions(
  trx: Transaction<DB>,
  dialect: DialectName,
  actions: SchemaAction[],
): Promise<void> {
  for (const action of actions) {
    switch (action.kind) {
      case 'createObjectTable':
        await createObjectTableHandler(trx, dialect, action);
        break;
      case 'dropObjectTable':
        await dropObjectTableHandler(trx, action);
        break;
      case 'updateObjectMetadata':
        await updateObjectMetadataHandler(trx, action);
        break;
      case 'addColumn':
        await addColumnHandler(trx, action);
        break;
      case 'dropColumn':
        await dropColumnHandler(trx, action);
        break;
      case 'addComputedField':
        await addComputedFieldHandler(trx, action);
        break;
      case 'dropComputedField':
        await dropComputedFieldHandler(trx, action);
        break;
      case 'changeColumnType':
        await changeColumnTypeHandler(trx, action);
        break;
      case 'updateFieldMetadata':
        await updateFieldMetadataHandler(trx, action);
        break;
      case 'createUniqueIndex':
        await createUniqueIndexHandler(trx, action);
        break;
      case 'dropUniqueIndex':
        await dropUniqueIndexHandler(trx, action);
        break;
      default: {
        const unreachable: never = action;
        throw new Error(`unknown schema action ${JSON.stringify(unreachable)}`);
      }
    }
  }
}
