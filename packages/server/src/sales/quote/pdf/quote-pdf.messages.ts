import { defineMessages } from '../../../platform/i18n.ts';

/** Labels printed on a quote PDF. */
export const QUOTE_PDF_MESSAGES = defineMessages({
  'quote.pdf.title': { 'zh-CN': '报价单', en: 'Quotation' },
  'quote.pdf.number': { 'zh-CN': '报价单号', en: 'Quote no.' },
  'quote.pdf.version': { 'zh-CN': '版本', en: 'Version' },
  'quote.pdf.date': { 'zh-CN': '报价日期', en: 'Date' },
  'quote.pdf.valid_until': { 'zh-CN': '有效期至', en: 'Valid until' },
  'quote.pdf.customer': { 'zh-CN': '客户名称', en: 'Customer' },
  'quote.pdf.contact': { 'zh-CN': '联系人', en: 'Contact' },
  'quote.pdf.phone': { 'zh-CN': '电话', en: 'Phone' },
  'quote.pdf.address': { 'zh-CN': '地址', en: 'Address' },
  'quote.pdf.tax_id': { 'zh-CN': '纳税人识别号', en: 'Tax ID' },
  'quote.pdf.prepared_by': { 'zh-CN': '报价人', en: 'Prepared by' },
  'quote.pdf.col.index': { 'zh-CN': '序号', en: '#' },
  'quote.pdf.col.product': { 'zh-CN': '产品名称', en: 'Product' },
  'quote.pdf.col.spec': { 'zh-CN': '规格/单位', en: 'Spec / unit' },
  'quote.pdf.col.quantity': { 'zh-CN': '数量', en: 'Qty' },
  'quote.pdf.col.unit_price': { 'zh-CN': '单价', en: 'Unit price' },
  'quote.pdf.col.discount': { 'zh-CN': '折扣', en: 'Discount' },
  'quote.pdf.col.tax_rate': { 'zh-CN': '税率', en: 'Tax' },
  'quote.pdf.col.amount': { 'zh-CN': '金额(不含税)', en: 'Amount (excl. tax)' },
  'quote.pdf.subtotal': { 'zh-CN': '小计', en: 'Subtotal' },
  'quote.pdf.discount_total': { 'zh-CN': '折扣', en: 'Discount' },
  'quote.pdf.net_total': { 'zh-CN': '不含税金额', en: 'Net amount' },
  'quote.pdf.tax_total': { 'zh-CN': '税额', en: 'Tax' },
  'quote.pdf.grand_total': { 'zh-CN': '价税合计', en: 'Total (incl. tax)' },
  'quote.pdf.in_words': { 'zh-CN': '大写', en: 'In Chinese capitals' },
  'quote.pdf.terms': { 'zh-CN': '条款说明', en: 'Terms and conditions' },
  'quote.pdf.seller_sign': { 'zh-CN': '报价方（盖章）', en: 'For the seller (stamp)' },
  'quote.pdf.buyer_sign': {
    'zh-CN': '客户确认（签字/盖章）',
    en: 'Accepted by the customer (signature / stamp)',
  },
  'quote.pdf.signed_on': { 'zh-CN': '日期：', en: 'Date:' },
  'quote.pdf.continued': { 'zh-CN': '（续）', en: '(continued)' },
  'quote.pdf.page': { 'zh-CN': '第 {page} 页 / 共 {pages} 页', en: 'Page {page} of {pages}' },
});

/** A key of a quote PDF label. */
export type QuotePdfLabel = keyof typeof QUOTE_PDF_MESSAGES;
