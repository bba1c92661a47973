/**
 * A consumer file for `pnpm bench:types`: 50 typed calls spread evenly over the
 * Voxys spec (every sixth or seventh operation, all groups), through the three
 * clients of the built package (dist/, as users import it). Measures what the package costs the type checker; `tsc` fails here
 * if a call stops compiling (or hits TS2589, "excessively deep").
 * The call arguments are the spec's own examples.
 */
import { createVoxysClient, createVoxysPlatformClient, createVoxysPublicClient } from "../dist/index.js";

const voxys = createVoxysClient({ apiKey: "bench", accountId: 1 });
const visitor = createVoxysPublicClient({ inboxIdentifier: "example-inbox" });
const platform = createVoxysPlatformClient({ apiKey: "bench" });

export async function fiftyCalls(): Promise<void> {
  await voxys.GET("/api/v1/accounts/{account_id}/agents");
  await voxys.GET("/api/v1/accounts/{account_id}/automation_rules/{id}", { params: { path: { id: 12 } } });
  await voxys.DELETE("/api/v1/accounts/{account_id}/agent_bots/{id}", { params: { path: { id: 3 } } });
  await voxys.POST("/api/v1/accounts/{account_id}/contacts/{id}/labels", {
    params: { path: { id: 12 } },
    body: { labels: ["support", "billing"] },
  });
  await voxys.GET("/api/v1/accounts/{account_id}/contacts/search");
  await voxys.GET("/api/v1/accounts/{account_id}/conversations");
  await voxys.POST("/api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_priority", {
    params: { path: { conversation_id: 100 } },
    body: { priority: "high" },
  });
  await voxys.POST("/api/v1/accounts/{account_id}/custom_attribute_definitions", {
    body: {
      attribute_display_name: "Custom Attribute",
      attribute_display_type: 0,
      attribute_description: "This is a custom attribute",
      attribute_key: "custom_attribute",
      attribute_values: ["value1", "value2"],
      attribute_model: 0,
      regex_pattern: "^[a-zA-Z0-9]+$",
      regex_cue: "Please enter a valid value",
    },
  });
  await voxys.PATCH("/api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}", {
    params: { path: { custom_filter_id: 9 } },
    body: { name: "Open support conversations" },
  });
  await voxys.POST("/api/v1/accounts/{account_id}/portals/{id}/articles", {
    params: { path: { id: "handbook" } },
    body: {
      title: "Article Title",
      slug: "article-title",
      position: 1,
      content: "This is the content of the article",
      description: "This is the description of the article",
      category_id: 1,
      author_id: 1,
      associated_article_id: 2,
      status: 1,
      locale: "en",
      meta: { tags: ["article_name"], title: "article title", description: "article description" },
    },
  });
  await voxys.GET("/api/v1/accounts/{account_id}/inbox_members/{inbox_id}", { params: { path: { inbox_id: 1 } } });
  await voxys.DELETE("/api/v1/accounts/{account_id}/integrations/hooks/{hook_id}", {
    params: { path: { hook_id: 1 } },
  });
  await voxys.GET("/api/v1/accounts/{account_id}/reporting_events");
  await voxys.GET("/api/v2/accounts/{account_id}/summary_reports/team");
  await voxys.GET("/api/v1/accounts/{account_id}/teams/{team_id}", { params: { path: { team_id: 1 } } });
  await voxys.GET("/api/v1/accounts/{account_id}/webhooks");
  await voxys.GET("/api/v1/accounts/{account_id}/labels");
  await voxys.POST("/api/v1/accounts/{account_id}/leads", {
    body: {
      custom_name: "Enterprise Deal - Q3",
      lead_value: 15000,
      lead_currency: "USD",
      assigned_agent_id: 1,
      position: 1,
      conversation_id: 100,
      company_id: 10,
      custom_attributes: { industry: "Technology", annual_revenue: 500000 },
    },
  });
  await voxys.POST("/api/v1/accounts/{account_id}/leads/{lead_id}/convert", {
    params: { path: { lead_id: 42 } },
    body: { funnel_id: 3, funnel_stage_id: 7 },
  });
  await voxys.PATCH("/api/v1/accounts/{account_id}/companies/{id}", {
    params: { path: { id: 10 } },
    body: { name: "Acme Corp Updated" },
  });
  await voxys.POST("/api/v1/accounts/{account_id}/companies/{id}/contacts", {
    params: { path: { id: 10 } },
    body: { contact_id: 200 },
  });
  await voxys.GET("/api/v1/accounts/{account_id}/funnels/{id}/stats", { params: { path: { id: 3 } } });
  await voxys.POST("/api/v1/accounts/{account_id}/funnels/{id}/cards", {
    params: { path: { id: 3 } },
    body: { funnel_stage_id: 7, lead_id: 42 },
  });
  await voxys.GET("/api/v1/accounts/{account_id}/follow_up_tasks");
  await voxys.PATCH("/api/v1/accounts/{account_id}/follow_up_tasks/{id}/snooze", {
    params: { path: { id: 20 } },
    body: { duration: "1d" },
  });
  await voxys.GET("/api/v1/accounts/{account_id}/campaigns/{id}/campaign_analytics", { params: { path: { id: 12 } } });
  await voxys.GET("/api/v1/accounts/{account_id}/campaigns/{id}/campaign_scheduler", { params: { path: { id: 12 } } });
  await voxys.POST("/api/v1/accounts/{account_id}/scheduled_messages/{id}/cancel", { params: { path: { id: 31 } } });
  await voxys.POST("/api/v1/accounts/{account_id}/whatsapp_templates", {
    body: {
      name: "order_update",
      category: "UTILITY",
      language: "en_US",
      whatsapp_channel_id: 5,
      parameter_format: "positional",
      components: [
        { type: "HEADER", format: "TEXT", text: "Order update" },
        { type: "BODY", text: "Hi { { 1 } }, your order { { 2 } } has shipped." },
        {
          type: "BUTTONS",
          buttons: [{ type: "URL", text: "Track order", url: "https://shop.example.com/track/{ { 1 } }" }],
        },
      ],
      variable_mappings: { "1": "contact.name" },
    },
  });
  await voxys.POST("/api/v1/accounts/{account_id}/whatsapp_templates/{id}/clone", {
    params: { path: { id: 8 } },
    body: { name: "order_update_v2" },
  });
  await voxys.GET("/api/v1/accounts/{account_id}/appointments/availability", {
    params: { query: { provider_id: 5, service_id: 2, date: "2026-06-02" } },
  });
  await voxys.POST("/api/v1/accounts/{account_id}/appointment_services", {
    body: { name: "Consultation", duration_minutes: 30, default_price: 150, color: "#3B82F6", is_active: true },
  });
  await voxys.PATCH("/api/v1/accounts/{account_id}/projects/{id}", {
    params: { path: { id: 14 } },
    body: { status: "completed" },
  });
  await voxys.POST("/api/v1/accounts/{account_id}/internal_channels/{id}/messages", {
    params: { path: { id: 6 } },
    body: { content: "Here is the updated label list.", attachments: ["https://files.example.com/labels.pdf"] },
  });
  await voxys.PUT("/api/v1/accounts/{account_id}/customer_pulse/settings", {
    body: { escalation_enabled: true, escalation_threshold: 0.3 },
  });
  await voxys.POST("/api/v1/accounts/{account_id}/proactive_messages/{id}/resend", { params: { path: { id: 310 } } });
  await voxys.GET("/api/v1/accounts/{account_id}/integrations/odoo/field_mappings");
  await voxys.POST("/api/v1/accounts/{account_id}/catalogs/{id}/import_csv", {
    params: { path: { id: 4 } },
    body: { push_to_meta: true },
  });
  await voxys.GET("/api/v1/accounts/{account_id}/catalogs/meta_catalogs");
  await voxys.POST("/api/v1/accounts/{account_id}/chatbot_flows/{id}/activate", {
    params: { path: { id: 12 } },
    body: { inbox_id: 12 },
  });
  await voxys.POST("/api/v1/accounts/{account_id}/chatbot_flows/{id}/ai_builder", {
    params: { path: { id: 12 } },
    body: {
      instruction: "Ask for the order number, then reply with the shipping status.",
      target_channels: ["whatsapp"],
    },
  });
  await voxys.POST("/api/v1/accounts/{account_id}/integrations/salla/auth");
  await voxys.GET("/api/v1/accounts/{account_id}/integrations/fhir");
  await voxys.POST("/api/v1/accounts/{account_id}/billing/create_payment_session", {
    body: { plan: "business", billing_period: "yearly", payment_method: "myfatoorah" },
  });
  await voxys.POST("/api/v1/accounts/{account_id}/billing/link_session", {
    body: { kind: "plan", plan: "business", billing_period: "yearly" },
  });
  await voxys.POST("/api/v1/accounts/{account_id}/billing/deactivate_commerce_platform", {
    body: { platform: "shopify" },
  });
  await visitor.GET("/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations", {
    params: { path: { contact_identifier: "5f3c1a52-8d2e-4b6f-9a07-3e1d2c4b5a69" } },
  });
  await visitor.POST(
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages",
    {
      params: { path: { contact_identifier: "5f3c1a52-8d2e-4b6f-9a07-3e1d2c4b5a69", conversation_id: 12 } },
      body: { content: "Hello, how can I help you?", echo_id: "1234567890" },
    },
  );
  await platform.DELETE("/platform/api/v1/accounts/{account_id}", { params: { path: { account_id: 1 } } });
  await platform.PATCH("/platform/api/v1/agent_bots/{id}", {
    params: { path: { id: 5 } },
    body: { outgoing_url: "https://example.com/webhook/v2" },
  });
}
