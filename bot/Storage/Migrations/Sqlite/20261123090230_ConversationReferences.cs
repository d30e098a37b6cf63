using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConversationReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "conversation_references",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AccountName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AadObjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ConversationType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BotId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BotName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Locale = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    LastActivityId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsStale = table.Column<bool>(type: "INTEGER", nullable: false),
                    StaleSince = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversation_references", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_conversation_references_AadObjectId",
                table: "conversation_references",
                column: "AadObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_conversation_references_ChannelId_AccountId",
                table: "conversation_references",
                columns: new[] { "ChannelId", "AccountId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conversation_references");
        }
    }
}
