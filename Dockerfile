# Builds the portal jar with the Maven wrapper and runs it on a JRE as an unprivileged user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 portal
WORKDIR /app
COPY --from=build /src/target/portal.jar /app/portal.jar
USER portal
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/portal.jar"]
