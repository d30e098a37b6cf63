using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Round2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "broadcast_recipients");

            migrationBuilder.DropTable(
                name: "zalo_seen_events");

            migrationBuilder.DropIndex(
                name: "IX_delivery_attempts_OutboxMessageId",
                table: "delivery_attempts");

            migrationBuilder.AddColumn<long>(
                name: "AcknowledgedAt",
                table: "outbox_messages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "GroupId",
                table: "outbox_messages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Payload",
                table: "outbox_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecipientName",
                table: "outbox_messages",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Urgent",
                table: "outbox_messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "ReconciledAt",
                table: "delivery_attempts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "conversation_tokens",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OfficerId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversation_tokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    ConversationKey = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Reply = table.Column<string>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "unit_directory_imports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UnitCount = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_directory_imports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_GroupId_OfficerId",
                table: "outbox_messages",
                columns: new[] { "GroupId", "OfficerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_delivery_attempts_OutboxMessageId_Status",
                table: "delivery_attempts",
                columns: new[] { "OutboxMessageId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_conversation_tokens_ExpiresAt",
                table: "conversation_tokens",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_conversation_tokens_Token",
                table: "conversation_tokens",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inbox_items_Channel_Key",
                table: "inbox_items",
                columns: new[] { "Channel", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inbox_items_ConversationKey_State",
                table: "inbox_items",
                columns: new[] { "ConversationKey", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_inbox_items_State_NextAttemptAt",
                table: "inbox_items",
                columns: new[] { "State", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_unit_directory_imports_ImportedAt",
                table: "unit_directory_imports",
                column: "ImportedAt");

            migrationBuilder.AddForeignKey(
                name: "FK_outbox_messages_broadcasts_GroupId",
                table: "outbox_messages",
                column: "GroupId",
                principalTable: "broadcasts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_outbox_messages_broadcasts_GroupId",
                table: "outbox_messages");

            migrationBuilder.DropTable(
                name: "conversation_tokens");

            migrationBuilder.DropTable(
                name: "inbox_items");

            migrationBuilder.DropTable(
                name: "unit_directory_imports");

            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_GroupId_OfficerId",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "IX_delivery_attempts_OutboxMessageId_Status",
                table: "delivery_attempts");

            migrationBuilder.DropColumn(
                name: "AcknowledgedAt",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "GroupId",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "Payload",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "RecipientName",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "Urgent",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "ReconciledAt",
                table: "delivery_attempts");

            migrationBuilder.CreateTable(
                name: "broadcast_recipients",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    BroadcastId = table.Column<long>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MessageJson = table.Column<string>(type: "TEXT", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OfficerId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_broadcast_recipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_broadcast_recipients_broadcasts_BroadcastId",
                        column: x => x.BroadcastId,
                        principalTable: "broadcasts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "zalo_seen_events",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SeenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_zalo_seen_events", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_delivery_attempts_OutboxMessageId",
                table: "delivery_attempts",
                column: "OutboxMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_broadcast_recipients_BroadcastId_OfficerId",
                table: "broadcast_recipients",
                columns: new[] { "BroadcastId", "OfficerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_broadcast_recipients_State",
                table: "broadcast_recipients",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_zalo_seen_events_SeenAt",
                table: "zalo_seen_events",
                column: "SeenAt");
        }
    }
}
