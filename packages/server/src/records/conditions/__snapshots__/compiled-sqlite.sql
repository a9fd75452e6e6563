-- region and amount (the API example)
-- filter: {"and":[{"field":"stage","op":"eq","value":"won"},{"field":"amount","op":"gte","value":10000}]}
select "t"."id" from "cond_deals" as "t" where ("t"."stage" = ? and "t"."amount" >= ?);
-- parameters: ["won",10000]

-- ne includes empty values
-- filter: {"field":"stage","op":"ne","value":"won"}
select "t"."id" from "cond_deals" as "t" where ("t"."stage" is null or "t"."stage" <> ?);
-- parameters: ["won"]

-- in and notIn
-- filter: {"or":[{"field":"stage","op":"in","value":["won","lost"]},{"field":"owner","op":"notIn","value":[1,2]}]}
select "t"."id" from "cond_deals" as "t" where ("t"."stage" in (?, ?) or ("t"."owner_id" is null or "t"."owner_id" not in (?, ?)));
-- parameters: ["won","lost",1,2]

-- contains with wildcards escaped
-- filter: {"field":"title","op":"contains","value":"50%_off\\"}
select "t"."id" from "cond_deals" as "t" where lower("t"."title") like lower(?) escape '\';
-- parameters: ["%50\\%\\_off\\\\%"]

-- startsWith Chinese
-- filter: {"field":"title","op":"startsWith","value":"华东"}
select "t"."id" from "cond_deals" as "t" where lower("t"."title") like lower(?) escape '\';
-- parameters: ["华东%"]

-- text isEmpty and isNotEmpty
-- filter: {"and":[{"field":"title","op":"isEmpty"},{"field":"stage","op":"isNotEmpty"}]}
select "t"."id" from "cond_deals" as "t" where (("t"."title" is null or "t"."title" = '') and "t"."stage" <> '');
-- parameters: []

-- number between
-- filter: {"field":"amount","op":"between","value":[1000,5000]}
select "t"."id" from "cond_deals" as "t" where "t"."amount" between ? and ?;
-- parameters: [1000,5000]

-- boolean
-- filter: {"field":"won","op":"eq","value":true}
select "t"."id" from "cond_deals" as "t" where "t"."is_won" = ?;
-- parameters: [true]

-- date this month
-- filter: {"field":"closeDate","op":"eq","value":{"relative":"thisMonth"}}
select "t"."id" from "cond_deals" as "t" where ("t"."close_date" >= ? and "t"."close_date" <= ?);
-- parameters: ["2024-04-01","2024-04-30"]

-- date not this week
-- filter: {"field":"closeDate","op":"ne","value":{"relative":"thisWeek"}}
select "t"."id" from "cond_deals" as "t" where ("t"."close_date" is null or "t"."close_date" < ? or "t"."close_date" > ?);
-- parameters: ["2024-04-08","2024-04-14"]

-- datetime last 7 days
-- filter: {"field":"closedAt","op":"eq","value":{"relative":"lastNDays","n":7}}
select "t"."id" from "cond_deals" as "t" where ("t"."closed_at" >= ? and "t"."closed_at" < ?);
-- parameters: ["2024-04-03T16:00:00.000Z","2024-04-10T16:00:00.000Z"]

-- datetime after this quarter
-- filter: {"field":"closedAt","op":"gt","value":{"relative":"thisQuarter"}}
select "t"."id" from "cond_deals" as "t" where "t"."closed_at" >= ?;
-- parameters: ["2024-06-30T16:00:00.000Z"]

-- path through a lookup
-- filter: {"field":"account.region","op":"eq","value":"华东"}
select "t"."id" from "cond_deals" as "t" where "t"."account_id" in (select "t_1"."id" from "cond_accounts" as "t_1" where "t_1"."region" = ?);
-- parameters: ["华东"]

-- path that matches missing records
-- filter: {"field":"account.region","op":"ne","value":"华东"}
select "t"."id" from "cond_deals" as "t" where not exists (select 1 from "cond_accounts" as "t_1" where "t_1"."id" = "t"."account_id" and not coalesce(("t_1"."region" is null or "t_1"."region" <> ?), false));
-- parameters: ["华东"]

-- path of two steps
-- filter: {"field":"account.parent.name","op":"contains","value":"集团"}
select "t"."id" from "cond_deals" as "t" where "t"."account_id" in (select "t_1"."id" from "cond_accounts" as "t_1" where "t_1"."parent_id" in (select "t_2"."id" from "cond_accounts" as "t_2" where lower("t_2"."name") like lower(?) escape '\'));
-- parameters: ["%集团%"]

-- not
-- filter: {"not":{"or":[{"field":"amount","op":"gt","value":0},{"field":"account","op":"isEmpty"}]}}
select "t"."id" from "cond_deals" as "t" where not coalesce(("t"."amount" > ? or "t"."account_id" is null), false);
-- parameters: [0]

-- empty and
-- filter: {"and":[]}
select "t"."id" from "cond_deals" as "t" where 1 = 1;
-- parameters: []

-- formula: currency result
-- filter: {"field":"net","op":"gte","value":100000}
select "t"."id" from "cond_deals" as "t" where (sign((((cast("t"."amount" as double precision) / cast(100 as double precision)) * (cast(1 as double precision) - (cast(10 as double precision) / nullif(cast(100 as double precision), cast(0 as double precision))))) * cast(100 as double precision))) * floor(abs((((cast("t"."amount" as double precision) / cast(100 as double precision)) * (cast(1 as double precision) - (cast(10 as double precision) / nullif(cast(100 as double precision), cast(0 as double precision))))) * cast(100 as double precision))) + cast(0.5 as double precision))) >= ?;
-- parameters: [100000]

-- formula: date difference with today
-- filter: {"field":"daysLeft","op":"between","value":[0,30]}
select "t"."id" from "cond_deals" as "t" where cast(julianday("t"."close_date") - julianday(cast(? as text)) as double precision) between ? and ?;
-- parameters: ["2024-04-10",0,30]
