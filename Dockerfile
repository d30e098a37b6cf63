# ReformBot container: the SDK image builds, the ASP.NET Core runtime image runs, as a non-root user.
# Build:  docker build -t reformbot .
# Run:    docker run -p 8080:8080 -v reformbot-data:/data reformbot      (SQLite in the /data volume)
# Several instances on PostgreSQL: deploy/compose.yaml. Every setting comes from the environment (deploy/README.md).
# Nothing is downloaded at run time: the packages are restored here and the cards and calendar are inside the image.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY bot/bot.csproj bot/
RUN dotnet restore bot/bot.csproj
COPY bot/ bot/
COPY cards/ cards/
COPY deploy/teams/ deploy/teams/
RUN dotnet publish bot/bot.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# curl only for the health check below; installed at build time, never at run time.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /data && chown "$APP_UID" /data
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    Storage__Provider=Sqlite \
    ConnectionStrings__ReformBot="Data Source=/data/reformbot.db"
VOLUME /data
EXPOSE 8080
USER $APP_UID
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/healthz >/dev/null || exit 1
ENTRYPOINT ["dotnet", "ReformBot.dll"]
