import { updateSettings } from '../../platform/settings/update-settings.command.ts';
import { replacePriceListPrices } from '../catalogue/replace-price-list-prices.command.ts';
import { DEMO_COMPANY, DEMO_PRODUCTS, type DemoProduct } from './demo-catalogue.ts';
import { type DemoWorld, fromFen, toFen } from './demo-world.ts';

/** The catalogue as the demo deals use it: each product's id and its row of the demo catalogue. */
export type DemoCatalogue = Map<string, { id: number; product: DemoProduct }>;

/**
 * The company profile (quote and contract headers), the product catalogue and two price lists — the
 * default list at list prices and a partner list 10 % below — written by the administrator a year ago.
 */
export async function loadDemoCatalogue(world: DemoWorld): Promise<DemoCatalogue> {
  const admin = await world.viewer('admin');
  const when = world.day(400, 9);
  await world.at(when, () =>
    updateSettings(world.database, {
      actor: { userId: admin.userId },
      changes: { company: { ...DEMO_COMPANY } },
    }),
  );
  const catalogue: DemoCatalogue = new Map();
  for (const product of DEMO_PRODUCTS) {
    const record = await world.create(when, 'admin', 'product', {
      name: product.name,
      code: product.code,
      productLine: product.productLine,
      unit: product.unit,
      listPrice: product.listPrice,
      cost: product.cost,
      taxRate: product.taxRate,
      active: true,
    });
    catalogue.set(product.code, { id: record.id, product });
  }
  const lists = [
    { name: '2026 标准价目表', isDefault: true, factor: 100, description: '面向直销客户的标准价格。' },
    { name: '渠道合作伙伴价目表', isDefault: false, factor: 90, description: '渠道伙伴统一九折。' },
  ];
  for (const list of lists) {
    const record = await world.create(when, 'admin', 'priceList', {
      name: list.name,
      currency: 'CNY',
      validFrom: `${when.getUTCFullYear()}-01-01`,
      isDefault: list.isDefault,
      active: true,
      description: list.description,
    });
    await world.at(when, async () =>
      replacePriceListPrices({
        priceListContext: await world.context('priceList', 'admin'),
        productContext: await world.context('product', 'admin'),
        priceListId: record.id,
        input: {
          prices: [...catalogue.values()].map(({ id, product }) => ({
            productId: id,
            unitPrice: fromFen(Math.round((toFen(product.listPrice) * list.factor) / 100)),
          })),
        },
      }),
    );
  }
  return catalogue;
}
