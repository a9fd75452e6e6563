import type { Kysely } from 'kysely';
import type { ColumnTypes, SystemMigration } from '../column-types.ts';

/**
 * Priced lines of records (opportunity products, quote lines, contract lines), the prices of products in
 * price lists, and the frozen revisions of quotes with their rendered PDFs. Quantities are stored in
 * ten-thousandths, percentages in hundredths of a percent and amounts in 分 — integers, never floats.
 */
export const lineItemsMigration: SystemMigration = {
  name: '0012-line-items',
  async up(db: Kysely<unknown>, t: ColumnTypes) {
    await t
      .addId(db.schema.createTable('line_items'))
      .addColumn('parent_object', 'text', (c) => c.notNull())
      .addColumn('parent_id', t.id, (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('product_id', t.id)
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('unit', 'text')
      .addColumn('quantity', 'bigint', (c) => c.notNull())
      .addColumn('unit_price', 'bigint', (c) => c.notNull())
      .addColumn('discount_percent', 'integer', (c) => c.notNull())
      .addColumn('tax_percent', 'integer', (c) => c.notNull())
      .addColumn('list_amount', 'bigint', (c) => c.notNull())
      .addColumn('discount_amount', 'bigint', (c) => c.notNull())
      .addColumn('net_amount', 'bigint', (c) => c.notNull())
      .addColumn('tax_amount', 'bigint', (c) => c.notNull())
      .addColumn('total_amount', 'bigint', (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('created_by', t.id, (c) => c.references('users.id').onDelete('set null'))
      .execute();
    // A parent's lines are read and replaced together, in order.
    await db.schema
      .createIndex('line_items_parent_ix')
      .on('line_items')
      .columns(['parent_object', 'parent_id', 'position'])
      .execute();
    // "Which quotes sold this product" and the product-line margin reports start from the product.
    await db.schema.createIndex('line_items_product_ix').on('line_items').column('product_id').execute();

    await t
      .addId(db.schema.createTable('price_list_prices'))
      .addColumn('price_list_id', t.id, (c) => c.notNull())
      .addColumn('product_id', t.id, (c) => c.notNull())
      .addColumn('unit_price', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_by', t.id, (c) => c.references('users.id').onDelete('set null'))
      .addUniqueConstraint('price_list_prices_list_product_uq', ['price_list_id', 'product_id'])
      .execute();
    await db.schema
      .createIndex('price_list_prices_product_ix')
      .on('price_list_prices')
      .column('product_id')
      .execute();

    await t
      .addId(db.schema.createTable('quote_revisions'))
      .addColumn('quote_id', t.id, (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('snapshot', 'text', (c) => c.notNull())
      .addColumn('total', 'bigint', (c) => c.notNull())
      .addColumn('sent_at', t.timestamp, (c) => c.notNull())
      .addColumn('sent_by', t.id, (c) => c.references('users.id').onDelete('set null'))
      .addUniqueConstraint('quote_revisions_quote_revision_uq', ['quote_id', 'revision'])
      .execute();

    await t
      .addId(db.schema.createTable('quote_revision_pdfs'))
      .addColumn('revision_id', t.id, (c) => c.notNull().references('quote_revisions.id').onDelete('cascade'))
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('pdf', t.dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addUniqueConstraint('quote_revision_pdfs_revision_language_uq', ['revision_id', 'language'])
      .execute();
  },
};
