import { z } from "zod";
import { uuid } from "../../../core/contracts/common.ts";

export const employerParams = z.strictObject({ organisationId: uuid, employerId: uuid });
export const contactPersonParams = z.strictObject({
  organisationId: uuid,
  employerId: uuid,
  contactPersonId: uuid,
});
