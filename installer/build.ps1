# Builds Missive's Windows installer, target\installer\Missive-VERSION.msi, with its own trimmed
# Java runtime (the user needs no Java installed). Run on Windows, from the repository:
#
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1
#
# Needs: a JDK 17+ (JAVA_HOME or PATH) and the WiX Toolset 3.x (candle.exe and light.exe on the
# PATH; e.g. "winget install WiXToolset.WiXToolset" or "choco install wixtoolset"), which jpackage
# uses to make the .msi.
#
# The package installs per user (no administrator rights needed; the user may choose all users
# in the installer), adds a Start menu entry and a desktop shortcut, and upgrades an installed
# Missive in place: the upgrade code below must never change. The user's data folder
# (%APPDATA%\Missive) is neither touched by an upgrade nor removed by an uninstall.
param(
    [string]$Version = "",
    [switch]$SkipMaven
)
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent $PSScriptRoot
Set-Location $root

$UpgradeUuid = "6f1b7c9e-3d2a-4c55-9a41-2e8d5b0f7a13"

function Tool($name) {
    if ($env:JAVA_HOME) { return Join-Path $env:JAVA_HOME "bin\$name.exe" }
    return $name
}

if (-not $SkipMaven) {
    & .\mvnw.cmd -q -B -DskipTests package
    if ($LASTEXITCODE -ne 0) { throw "Maven build failed" }
}
$jar = Join-Path $root "target\missive.jar"
if (-not $Version) {
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    $zip = [System.IO.Compression.ZipFile]::OpenRead($jar)
    try {
        $entry = $zip.GetEntry("fr/missive/version.properties")
        $reader = New-Object System.IO.StreamReader($entry.Open())
        $Version = (($reader.ReadToEnd() -split "`n") | Where-Object { $_ -like "version=*" }) -replace "version=", "" -replace "`r", ""
        $reader.Close()
    } finally { $zip.Dispose() }
}

$work = Join-Path $root "target\jpackage"
$out = Join-Path $root "target\installer"
Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$work\input", $out | Out-Null
Copy-Item $jar "$work\input\missive.jar"

# The runtime: the modules listed in installer\modules (the same list as on Linux and macOS).
$modules = (Get-Content installer\modules | Where-Object { $_ -and -not $_.StartsWith("#") }) -join ","
& (Tool jlink) --add-modules $modules --output "$work\runtime" --strip-debug --no-header-files --no-man-pages --generate-cds-archive
if ($LASTEXITCODE -ne 0) { throw "jlink failed" }
if (Test-Path installer\missive.classlist) {
    # The JDK's classes of the list only (the list also names Missive's, archived on Linux by the package).
    Get-Content installer\missive.classlist |
        Where-Object { $_ -match '^(@lambda-form-invoker|(@lambda-proxy )?(java|javax|jdk|sun|com/sun)/)' } |
        Set-Content -Path "$work\jdk.classlist" -Encoding ASCII
    & "$work\runtime\bin\java.exe" -Xshare:dump "-XX:SharedClassListFile=$work\jdk.classlist" `
        "-XX:SharedArchiveFile=$work\runtime\bin\server\classes.jsa" | Out-Null
}

# "Missive" opens the window without a console; "missive-cli" is the same program for the
# command line (a console launcher), e.g. "missive-cli backup D:\sauvegarde.zip".
$cli = Join-Path $work "missive-cli.properties"
Set-Content -Path $cli -Value "win-console=true`r`n" -Encoding ASCII

& (Tool jpackage) --type msi --name Missive --app-version $Version --vendor Missive `
    --description "Letters and e-mail for the secretariat of a school" `
    --input "$work\input" --main-jar missive.jar --main-class fr.missive.Main `
    --runtime-image "$work\runtime" --dest $out --icon icons\missive.ico `
    --java-options "-XX:TieredStopAtLevel=1" `
    --add-launcher "missive-cli=$cli" `
    --win-per-user-install --win-dir-chooser --win-menu --win-menu-group Missive --win-shortcut `
    --win-upgrade-uuid $UpgradeUuid
if ($LASTEXITCODE -ne 0) { throw "jpackage failed" }
Get-ChildItem $out
