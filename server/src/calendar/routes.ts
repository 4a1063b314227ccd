import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { activity, recordHeldAppointment as heldBody } from "../../../core/contracts/activities.ts";
import {
  appointment,
  appointmentParams,
  appointmentWindow,
  cancelAppointment as cancelBody,
  clientAppointmentQuery,
  createAppointment as createBody,
  editAppointment as editBody,
} from "../../../core/contracts/calendar.ts";
import { clientParams } from "../../../core/contracts/clients.ts";
import { actorOf } from "../access/enforce-route-policy.ts";
import type { Database } from "../platform/db/database.ts";
import { cancelAppointment } from "./cancel-appointment.ts";
import { createAppointment } from "./create-appointment.ts";
import { editAppointment } from "./edit-appointment.ts";
import { listClientAppointments } from "./list-client-appointments.ts";
import { listMyAppointments } from "./list-my-appointments.ts";
import { recordHeldAppointment } from "./record-held-appointment.ts";

/**
 * The coach's own calendar. Appointment routes act on the caller's own appointments only (another
 * person's is "not found"); the client's page lists the client's appointments through the gate.
 */
export function registerAppointmentRoutes(app: FastifyInstance, database: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["calendar"];
  const signedIn = { policy: { kind: "signedIn" as const } };

  r.get("/api/appointments", {
    config: signedIn,
    schema: {
      tags,
      summary: "My appointments in a window of at most 62 days",
      querystring: appointmentWindow,
      response: { 200: z.array(appointment) },
    },
    handler: (request) => listMyAppointments(database, actorOf(request), request.query),
  });

  r.post("/api/appointments", {
    config: signedIn,
    schema: {
      tags,
      summary:
        "Book an appointment or a repeating series in my calendar, optionally with a client I work with",
      body: createBody,
      response: { 201: appointment },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createAppointment(database, actorOf(request), request.body)),
  });

  r.patch("/api/appointments/:appointmentId", {
    config: signedIn,
    schema: {
      tags,
      summary: "Move or edit one of my scheduled appointments, or it and the later meetings of its series",
      params: appointmentParams,
      body: editBody,
      response: { 200: appointment },
    },
    handler: (request) =>
      editAppointment(database, actorOf(request), request.params.appointmentId, request.body),
  });

  r.post("/api/appointments/:appointmentId/cancellation", {
    config: signedIn,
    schema: {
      tags,
      summary: "Cancel one of my scheduled appointments, or it and the later meetings of its series",
      params: appointmentParams,
      body: cancelBody,
      response: { 200: appointment },
    },
    handler: (request) =>
      cancelAppointment(
        database,
        actorOf(request),
        request.params.appointmentId,
        request.body.reason,
        request.body.scope,
      ),
  });

  r.post("/api/appointments/:appointmentId/activity", {
    config: signedIn,
    schema: {
      tags,
      summary: "Mark an appointment held and document it as an activity in one step",
      params: appointmentParams,
      body: heldBody,
      response: { 201: activity },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordHeldAppointment(database, actorOf(request), request.params.appointmentId, request.body),
        ),
  });

  r.get("/api/clients/:clientId/appointments", {
    config: { policy: { kind: "client", need: "shared" } },
    schema: {
      tags,
      summary: "The client's appointments with their coaches (the shared view: when and where only)",
      params: clientParams,
      querystring: clientAppointmentQuery,
      response: { 200: z.array(appointment) },
    },
    handler: (request) =>
      listClientAppointments(database, actorOf(request), request.params.clientId, request.query),
  });
}
