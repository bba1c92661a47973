/**
 * Typed `filter` and `orderBy` objects for Quentli's six list operations.
 *
 * Quentli documents the grammar only by example: a bare value means equality
 * (`isPaid=false`), an object names operators (`name[contains]=john`,
 * `type[equals]=CARD`, `dueDate[gte]=…`), and `OR` takes an indexed list
 * (`OR[0][noPayments]=true`). These operator names are Prisma's, so the other
 * Prisma operators (`not`, `in`, `notIn`, `lt`, `lte`, `gt`, `startsWith`,
 * `endsWith`, `mode`, `AND`, `NOT`) are typed too; they are plausible but not
 * documented. Filterable fields are the scalar fields of each resource as the
 * spec describes it, plus the documented virtual filter `noPayments` on customers.
 */
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];
type Scalar = string | number | boolean;

/** Comparison operators shared by strings, numbers and dates. */
interface Comparable<T> {
  equals?: T;
  not?: T | Comparable<T>;
  in?: T[];
  notIn?: T[];
  lt?: T;
  lte?: T;
  gt?: T;
  gte?: T;
}

export interface StringFilter extends Comparable<string> {
  contains?: string;
  startsWith?: string;
  endsWith?: string;
  mode?: "default" | "insensitive";
}
export type DateFilter = Comparable<string | Date>;
export type NumberFilter = Comparable<number>;
export interface BooleanFilter {
  equals?: boolean;
  not?: boolean;
}
export interface EnumFilter<E extends string> {
  equals?: E;
  not?: E | EnumFilter<E>;
  in?: E[];
  notIn?: E[];
}

type IsEnum<V> = string extends V ? false : V extends string ? true : false;

/** The filter a field of type `V` (named `K`) takes: a bare value for equality, or operators. */
export type FieldFilter<K, V> = [NonNullable<V>] extends [boolean]
  ? boolean | BooleanFilter
  : [NonNullable<V>] extends [number]
    ? number | NumberFilter
    : K extends `${string}At` | `${string}Date`
      ? string | Date | DateFilter
      : IsEnum<NonNullable<V>> extends true
        ? NonNullable<V> | EnumFilter<NonNullable<V> & string>
        : string | StringFilter;

type ScalarKeys<T> = { [K in keyof T]-?: [NonNullable<T[K]>] extends [Scalar] ? K : never }[keyof T];

/** A where-object over the scalar fields of `T`, with `AND`, `OR` and `NOT`. */
export type Where<T, Extra = {}> = {
  [K in ScalarKeys<T>]?: FieldFilter<K, T[K]>;
} & Extra & {
    AND?: Where<T, Extra> | Where<T, Extra>[];
    OR?: Where<T, Extra>[];
    NOT?: Where<T, Extra> | Where<T, Extra>[];
  };

/** Sort order over the scalar fields of `T`; only `createdAt` is documented. */
export type OrderBy<T> = { [K in ScalarKeys<T>]?: "asc" | "desc" };

export type CustomerFilter = Where<Schemas["Customer"], { noPayments?: boolean }>;
export type InvoiceFilter = Where<Schemas["Invoice"]>;
export type PaymentFilter = Where<Schemas["Payment"]>;
export type SubscriptionFilter = Where<Schemas["Subscription"]>;
export type TaxInvoiceFilter = Where<Schemas["TaxInvoice"]>;
export type DiscountFilter = Where<Schemas["Discount"]>;

export type CustomerOrderBy = OrderBy<Schemas["Customer"]>;
export type InvoiceOrderBy = OrderBy<Schemas["Invoice"]>;
export type PaymentOrderBy = OrderBy<Schemas["Payment"]>;
export type SubscriptionOrderBy = OrderBy<Schemas["Subscription"]>;
export type TaxInvoiceOrderBy = OrderBy<Schemas["TaxInvoice"]>;
export type DiscountOrderBy = OrderBy<Schemas["Discount"]>;

/** Which filter and sort types each list path takes. */
export interface ListFilters {
  "/v1/customers": { filter: CustomerFilter; orderBy: CustomerOrderBy };
  "/v1/invoices": { filter: InvoiceFilter; orderBy: InvoiceOrderBy };
  "/v1/payments": { filter: PaymentFilter; orderBy: PaymentOrderBy };
  "/v1/subscriptions": { filter: SubscriptionFilter; orderBy: SubscriptionOrderBy };
  "/v1/tax-invoices": { filter: TaxInvoiceFilter; orderBy: TaxInvoiceOrderBy };
  "/v1/discounts": { filter: DiscountFilter; orderBy: DiscountOrderBy };
}
