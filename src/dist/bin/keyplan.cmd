@echo off
rem KeyPlan launcher for Windows (docs/adopting.md). Runs lib\keyplan.jar with a Java 17+
rem runtime: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java.exe on the PATH.
rem build and validate get the options of a short batch job (docs/decisions.md);
rem JAVA_OPTS and KEYPLAN_OPTS add JVM options; KEYPLAN_JAVA_OPTIONS replaces the batch options.
setlocal
set "KEYPLAN_HOME=%~dp0.."

if defined JAVA_HOME (
    set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
    set "JAVA_EXE=java.exe"
)
if defined JAVA_HOME if not exist "%JAVA_HOME%\bin\java.exe" (
    echo keyplan: JAVA_HOME is %JAVA_HOME%, but there is no java.exe in its bin folder. 1>&2
    exit /b 4
)
if not defined JAVA_HOME (
    where java.exe >nul 2>nul || (
        echo keyplan: no Java runtime found. Install Java 17 or newer, or set JAVA_HOME. 1>&2
        exit /b 4
    )
)

set "KEYPLAN_BATCH="
if /i "%~1"=="build" set "KEYPLAN_BATCH=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto"
if /i "%~1"=="validate" set "KEYPLAN_BATCH=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto"
if defined KEYPLAN_JAVA_OPTIONS set "KEYPLAN_BATCH="

"%JAVA_EXE%" %KEYPLAN_BATCH% %JAVA_OPTS% %KEYPLAN_OPTS% -jar "%KEYPLAN_HOME%\lib\keyplan.jar" %*
exit /b %ERRORLEVEL%
