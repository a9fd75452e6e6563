import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from 'kysely';
import type { DialectName } from './database.ts';

/** Dialect-specific column types used by migrations (and later by the metadata schema sync). */
export interface ColumnTypes {
  dialect: DialectName;
  /** Integer id and reference type. */
  id: 'integer' | 'bigint';
  timestamp: 'text' | 'timestamptz';
  /** Adds an auto-generated integer primary key named `id`. */
  addId<T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'>;
}

export function columnTypes(dialect: DialectName): ColumnTypes {
  const isPg = dialect === 'postgres';
  return {
    dialect,
    id: isPg ? 'bigint' : 'integer',
    timestamp: isPg ? 'timestamptz' : 'text',
    addId(table) {
      return table.addColumn('id', isPg ? 'bigint' : 'integer', (c: ColumnDefinitionBuilder) =>
        isPg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
      );
    },
  };
}

export interface SystemMigration {
  name: string;
  up(db: Kysely<unknown>, types: ColumnTypes): Promise<void>;
}
