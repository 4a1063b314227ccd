import type { ColumnType } from "kysely";

/** Column helper types shared by the table types (they mirror server/migrations/*.sql). */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type Json = ColumnType<Record<string, unknown>, string, string>;
/** A date column (YYYY-MM-DD); both drivers are set to return dates as strings. */
export type DateColumn = string;
export type Numeric = ColumnType<string, number | string, number | string>;
export type Updated = ColumnType<Date, Date | string | undefined, Date | string>;
