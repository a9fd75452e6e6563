/** The time zone of relative dates when the caller names none (the product's home market). */
export const DEFAULT_CONDITION_TIME_ZONE = 'Asia/Shanghai';
