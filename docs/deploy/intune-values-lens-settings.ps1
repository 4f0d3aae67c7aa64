# Values Lens's managed settings for Chrome and Edge, written by an Intune platform script (or
# remediation) run as SYSTEM in 64-bit PowerShell. The same values as values-lens-settings.reg;
# see docs/deploy.md. Safe to run again: it replaces the whole policy each time.
$id = 'epjhijedckjbfjoplhcpjnpoeicjokhh'
$roots = @(
  "HKLM:\SOFTWARE\Policies\Google\Chrome\3rdparty\extensions\$id\policy",
  "HKLM:\SOFTWARE\Policies\Microsoft\Edge\3rdparty\extensions\$id\policy"
)
$customPhrases = @(
  @{ phrase = 'Westmoor Hospitals NHS Trust'; suggestion = 'Example NHS Foundation Trust'; lens = 'clarity';
     explanation = 'Westmoor Hospitals NHS Trust became part of Example NHS Foundation Trust in 2025.' },
  @{ phrase = 'Central Booking Office'; suggestion = 'Patient Access Centre'; lens = 'clarity';
     explanation = 'The Central Booking Office is now the Patient Access Centre.' }
)
$siteAudiences = [ordered]@{ 'portal.example.org' = 'patient'; 'gp-team.nhs.net' = 'clinician' }
# Rule packs (packs) are left out: see docs/deploy.md for pushing them.
function Set-List($key, [string[]]$items) {
  New-Item -Path $key -Force | Out-Null
  for ($i = 0; $i -lt $items.Count; $i++) { New-ItemProperty -Path $key -Name ($i + 1) -Value $items[$i] -PropertyType String -Force | Out-Null }
}
foreach ($root in $roots) {
  if (Test-Path $root) { Remove-Item -Path $root -Recurse -Force }
  New-Item -Path $root -Force | Out-Null
  New-ItemProperty -Path $root -Name 'defaultAudience' -Value 'patient' -PropertyType String -Force | Out-Null
  New-ItemProperty -Path $root -Name 'readingAgeTarget' -Value 11 -PropertyType DWord -Force | Out-Null
  Set-List "$root\lockedRules" @('failed-to-attend', 'cannot-accept-liability')
  Set-List "$root\allowedSites" @('nhs.net', 'portal.example.org')
  Set-List "$root\excludedSites" @('training.portal.example.org')
  Set-List "$root\lockedLenses" @('candour')
  New-ItemProperty -Path $root -Name 'severityThreshold' -Value 'warning' -PropertyType String -Force | Out-Null
  New-ItemProperty -Path $root -Name 'falseAlarmAddress' -Value 'values-lens@example.nhs.uk' -PropertyType String -Force | Out-Null
  New-Item -Path "$root\siteAudiences" -Force | Out-Null
  foreach ($site in $siteAudiences.GetEnumerator()) { New-ItemProperty -Path "$root\siteAudiences" -Name $site.Key -Value $site.Value -PropertyType String -Force | Out-Null }
  for ($i = 0; $i -lt $customPhrases.Count; $i++) {
    $key = "$root\customPhrases\$($i + 1)"
    New-Item -Path $key -Force | Out-Null
    foreach ($field in $customPhrases[$i].GetEnumerator()) { New-ItemProperty -Path $key -Name $field.Key -Value $field.Value -PropertyType String -Force | Out-Null }
  }
}
