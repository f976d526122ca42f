import type { AccountRule } from './types.js';

export const salesBehindTarget: AccountRule = {
  id: 'sales-behind-target',
  scope: 'account',
  defaultSeverity: 'warning',
  description: 'Sales forecast (else achieved) is below limits.min_sales_attainment of the target.',
  why: "Sales against target is the first measure of an account's performance (KAM stage 4); a forecast well short of target is an early warning.",
  fix: "Review the pipeline with the account team and close the gap, or reset the target in the plan; `limits.min_sales_attainment` and `limits.risk_sales_attainment` set the limits.",
  check(account, result) {
    const signal = result.health.reasons.find((r) => r.signal === 'sales');
    const sales = result.health.sales;
    if (!signal || !sales) return [];
    return [{
      path: ['performance', 'sales', sales.forecast !== null ? 'forecast' : 'achieved'],
      message: `${signal.message}: sales against target is the first measure of an account's performance; ` +
        'review the pipeline with the account team and either close the gap or reset the target in the plan',
    }];
  },
};
